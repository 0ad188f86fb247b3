export { directionOf } from '../../../electron/domain/text-direction';
