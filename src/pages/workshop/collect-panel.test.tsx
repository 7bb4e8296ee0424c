import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import '../../i18n/i18n.ts';
import { CollectPanel, describeOutcome } from './collect-panel.tsx';
import type { ReceiveOutcome } from './receive.ts';

const t = i18next.getFixedT('nl');

describe('describeOutcome', () => {
  it.each<[ReceiveOutcome, string, boolean]>([
    [
      { kind: 'added', role: 'hr', number: 3, count: 3, migrated: false },
      'Deelnemer 3 (HR) is binnen. Nu 3 deelnemers.',
      false,
    ],
    [
      { kind: 'added', role: null, number: 1, count: 1, migrated: true },
      'Deelnemer 1 (zonder rol) is binnen. Nu 1 deelnemer. De code was van een oudere versie; de antwoorden zijn omgezet.',
      false,
    ],
    [
      { kind: 'updated', role: 'carer', number: 2, count: 4 },
      'Deelnemer 2 (Medewerker met mantelzorg) heeft nieuwe antwoorden. Die tellen nu. Nog steeds 4 deelnemers.',
      false,
    ],
    [
      { kind: 'duplicate', role: 'hr', number: 3, count: 3 },
      'Deze deelnemer is er al (Deelnemer 3 (HR)); telt één keer.',
      false,
    ],
    [{ kind: 'other-workshop' }, 'Deze code hoort bij een andere workshop.', true],
    [{ kind: 'damaged' }, 'Deze code is beschadigd. Vraag de deelnemer de code opnieuw te tonen.', true],
    [{ kind: 'newer' }, 'Deze code is gemaakt met een nieuwere versie van de quick scan.', true],
    [{ kind: 'invitation' }, 'Dit is de uitnodiging, niet de antwoorden van een deelnemer.', true],
    [{ kind: 'not-a-code' }, 'Dit is geen code van de quick scan.', true],
    [{ kind: 'no-room' }, 'Start eerst een workshop.', true],
  ])('says what happened to %j', (outcome, text, isRefused) => {
    const message = describeOutcome(t, 'nl', outcome);
    expect(message.text.startsWith(text)).toBe(true);
    expect(message.isRefused).toBe(isRefused);
  });
});

describe('CollectPanel', () => {
  it('hands every pasted line to receive at once and lists who arrived, by role and number', async () => {
    const receive = vi.fn((texts: readonly string[]): ReceiveOutcome[] =>
      texts.map((text) =>
        text === 'QS-a'
          ? { kind: 'added', role: 'manager', number: 1, count: 1, migrated: false }
          : { kind: 'not-a-code' },
      ),
    );
    render(<CollectPanel receive={receive} />);
    await userEvent.type(screen.getByLabelText('Plak een link of code'), '  QS-a  {enter}{enter}<b>x</b>');
    await userEvent.click(screen.getByRole('button', { name: 'Voeg de links toe' }));
    expect(receive.mock.calls).toEqual([[['QS-a', '<b>x</b>']]]);
    expect(screen.getByTestId('collect-messages')).toHaveTextContent(
      'Regel 1: Deelnemer 1 (Leidinggevende) is binnen. Nu 1 deelnemer.Regel 2: Dit is geen code van de quick scan.',
    );
    expect(screen.getByRole('list', { name: 'Binnengekomen' })).toHaveTextContent(
      'Deelnemer 1 (Leidinggevende)',
    );
  });

  it('asks for a link when the field is empty, without calling receive', async () => {
    const receive = vi.fn((texts: readonly string[]): ReceiveOutcome[] =>
      texts.map(() => ({ kind: 'not-a-code' })),
    );
    render(<CollectPanel receive={receive} />);
    await userEvent.click(screen.getByRole('button', { name: 'Voeg de links toe' }));
    expect(receive).not.toHaveBeenCalled();
    expect(screen.getByTestId('collect-messages')).toHaveTextContent(
      'Plak eerst een link of code in het vak.',
    );
  });
});

describe('CollectPanel and the camera', () => {
  it('turns the camera off when the panel goes while the camera is still starting', async () => {
    const stopTrack = vi.fn();
    let giveStream: (stream: MediaStream) => void = () => {};
    vi.stubGlobal('isSecureContext', true);
    vi.stubGlobal(
      'BarcodeDetector',
      class {
        static getSupportedFormats = () => Promise.resolve(['qr_code']);
        detect = () => Promise.resolve([]);
      },
    );
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: () => new Promise<MediaStream>((resolve) => (giveStream = resolve)) },
    });
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    const pause = vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => {});
    try {
      const { unmount } = render(
        <CollectPanel receive={(texts) => texts.map(() => ({ kind: 'not-a-code' }))} />,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Scan de QR-codes' }));
      expect(screen.getByTestId('camera-status')).toHaveTextContent('De camera start…');
      unmount();
      giveStream({ getTracks: () => [{ stop: stopTrack }] } as unknown as MediaStream);
      await vi.waitFor(() => expect(stopTrack).toHaveBeenCalled());
    } finally {
      play.mockRestore();
      pause.mockRestore();
      vi.unstubAllGlobals();
    }
  });
});
