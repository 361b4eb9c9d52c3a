export function CounterPage() { return <main>Counter</main>; }
