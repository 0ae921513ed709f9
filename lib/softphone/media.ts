/** Microphone and speaker of the browser, for the softphone's calls. */
import { MicrophonePermissionError } from './errors';
import type { CallMediaHooks } from './call';

export function browserMedia(audioElement?: HTMLMediaElement): CallMediaHooks {
  let player: HTMLMediaElement | undefined = audioElement;
  return {
    async microphone() {
      const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
      if (!devices?.getUserMedia)
        throw new MicrophonePermissionError(
          'no microphone access here (the page must be a secure context: https or localhost)',
        );
      try {
        return await devices.getUserMedia({ audio: true, video: false });
      } catch (error) {
        const name = (error as { name?: string })?.name;
        const message =
          name === 'NotFoundError' || name === 'OverconstrainedError'
            ? 'no microphone found'
            : name === 'NotReadableError'
              ? 'the microphone is in use by another application'
              : 'microphone permission denied';
        throw new MicrophonePermissionError(message, { cause: error });
      }
    },
    playRemote(stream) {
      if (typeof document === 'undefined') return;
      player ??= document.createElement('audio');
      player.autoplay = true;
      player.srcObject = stream;
      void player.play().catch(() => undefined); // autoplay policies: the app may need a click to start it
    },
    release(stream) {
      for (const track of stream?.getTracks() ?? []) track.stop();
      if (player) player.srcObject = null;
    },
  };
}
