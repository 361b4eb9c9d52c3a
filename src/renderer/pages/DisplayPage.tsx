export function DisplayPage() { return <main>Display</main>; }
