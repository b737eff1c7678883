/** The options page. */
export function Options() {
  return (
    <main data-component="Options">
      <h1>ICE Context options</h1>
    </main>
  );
}
