/**
 * The optional story name of a bulk or web import: the folder form, the desktop folder form and
 * the web addresses tab share it, so they word it the same way.
 */
export function StoryNameField({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="field">
      <span>
        Story <span className="muted">(optional)</span>
      </span>
      <input
        value={value}
        maxLength={500}
        placeholder="Without one, each article gets a story of its own, titled by its headline"
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
