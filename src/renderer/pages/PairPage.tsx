export function PairPage() { return <main>Pair</main>; }
