import { NO_FIELD_RULES, type FieldRules } from '../../../../electron/domain/field-rules';

interface FieldRulesFieldsProps {
  readonly rules: FieldRules | undefined;
  readonly onChange: (rules: FieldRules) => void;
}

function Limit(props: { label: string; value: number | null; onChange: (v: number | null) => void }) {
  return (
    <label className="inline-field">
      <span>{props.label}</span>
      <input
        type="number"
        min={1}
        value={props.value ?? ''}
        placeholder="no limit"
        onChange={(e) => {
          const n = Number(e.target.value);
          props.onChange(e.target.value.trim() === '' || !Number.isInteger(n) || n < 1 ? null : n);
        }}
      />
    </label>
  );
}

/** The lengths and required fields this destination takes; export and publish block a story that breaks them. */
export function FieldRulesFields({ rules = NO_FIELD_RULES, onChange }: FieldRulesFieldsProps) {
  const set = (patch: Partial<FieldRules>) => onChange({ ...rules, ...patch });
  return (
    <fieldset className="preset-gates">
      <legend>Field rules</legend>
      <Limit label="Headline at most (characters)" value={rules.headlineMax} onChange={(headlineMax) => set({ headlineMax })} />
      <Limit label="Abstract at most (characters)" value={rules.abstractMax} onChange={(abstractMax) => set({ abstractMax })} />
      <Limit label="Slug at most (characters)" value={rules.slugMax} onChange={(slugMax) => set({ slugMax })} />
      {(
        [
          ['requireAbstract', 'an abstract'],
          ['requireByline', 'a byline'],
          ['requireSubject', 'a Media Topic'],
        ] as const
      ).map(([key, label]) => (
        <label key={key} className="check">
          <input type="checkbox" checked={rules[key]} onChange={(e) => set({ [key]: e.target.checked })} /> requires {label}
        </label>
      ))}
    </fieldset>
  );
}
