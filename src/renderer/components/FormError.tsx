/** Why a form could not go on: read out at once (role="alert"), empty while there is nothing to say. */
export function FormError({ error, testId }: { error: string | null; testId: string }) {
  return (
    <div className="alert" role="alert" data-testid={testId}>
      {error}
    </div>
  );
}
