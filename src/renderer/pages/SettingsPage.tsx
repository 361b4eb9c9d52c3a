export function SettingsPage() { return <main>Settings</main>; }
