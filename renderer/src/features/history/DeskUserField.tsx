import { useEffect, useId, useState } from 'react';
import { api } from '../../api';
import { Button } from '../../ui/Button';
import { useErrors } from '../../ui/error-context';

/** Who is at the desk: the name every revision saved from now on is signed with. */
export function DeskUserField() {
  const { report } = useErrors();
  const inputId = useId();
  const [saved, setSaved] = useState<string | null>(null);
  const [name, setName] = useState('');
  useEffect(() => {
    let live = true;
    api.getDesk({}).then(
      (desk) => {
        if (!live) return;
        setSaved(desk.userName ?? '');
        setName(desk.userName ?? '');
      },
      (err: unknown) => live && report(err),
    );
    return () => {
      live = false;
    };
  }, [report]);
  const save = async () => {
    try {
      const desk = await api.setDeskUser({ name: name.trim() });
      setSaved(desk.userName ?? name.trim());
    } catch (err) {
      report(err);
    }
  };
  return (
    <form
      className="desk-user"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={inputId}>Your name</label>
      <input id={inputId} value={name} placeholder="signs your revisions" maxLength={100} onChange={(e) => setName(e.target.value)} />
      <Button type="submit" variant="quiet" disabled={saved === null || name.trim() === '' || name.trim() === saved}>
        Sign
      </Button>
    </form>
  );
}
