export function KioskPage() { return <main>Kiosk</main>; }
