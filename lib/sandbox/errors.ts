/**
 * The sandbox's own error for misuse of its own API (createSandbox options, simulateIncomingCall input).
 * It is not the SDK's ValidationError on purpose: the sandbox judges the client, so it shares no code with it.
 */
export class SandboxOptionError extends Error {
  // Set explicitly so the name survives minification.
  override readonly name = 'SandboxOptionError';

  constructor(
    /** The option or input field that is wrong, e.g. "port" or "failingFaxNumbers". */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
