import { useId, useState } from 'react';
import { api } from '../api';
import { useApi } from '../useApi';

/** A text box that suggests entities by name and yields the chosen entity's id. */
export function EntityPicker({ label, onPick }: { label: string; onPick: (id: string) => void }) {
  const [text, setText] = useState('');
  const listId = useId();
  const suggestions = useApi(() => (text.length >= 2 ? api.entities({ q: text, limit: 15 }) : Promise.resolve(null)), [text]);
  const items = suggestions.data?.items ?? [];
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        const match = items.find((i) => i.name.toLowerCase() === text.toLowerCase() || i.id === text) ?? items[0];
        if (match) onPick(match.id);
      }}
    >
      <label>
        {label} <input value={text} onChange={(e) => setText(e.target.value)} list={listId} placeholder="name or id" />
      </label>
      <datalist id={listId}>
        {items.map((i) => <option key={i.id} value={i.name}>{`${i.type}, ${i.mentionCount} mentions`}</option>)}
      </datalist>
      <button type="submit">Add</button>
    </form>
  );
}
