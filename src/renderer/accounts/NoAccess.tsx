import { pageAccessText } from '../../shared/i18n/vi';
import { AppNav } from '../components/AppNav';
import { ClerkBar } from './ClerkBar';

/** A clerk page this device (`device`) or this clerk's role (`role`) may not use: said plainly, with the way back. */
export function NoAccess({ reason }: { reason: 'device' | 'role' }) {
  return (
    <div className="page">
      <header className="page-header">
        <h1>{pageAccessText.title}</h1>
        <AppNav />
        <ClerkBar />
      </header>
      <main>
        <p className="alert" role="alert" data-testid="no-permission">
          {reason === 'device' ? pageAccessText.forbiddenDevice : pageAccessText.forbiddenRole}
        </p>
        <a href="/">{pageAccessText.backToCounter}</a>
      </main>
    </div>
  );
}
