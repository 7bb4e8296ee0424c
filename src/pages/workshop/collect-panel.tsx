import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ParticipantRole } from '../../../questionnaire/answers-file.ts';
import type { Language } from '../../../questionnaire/schema.ts';
import { roleLabel } from '../../../templates/participant-labels.ts';
import { readQrFromImage, startQrCamera, type QrCamera, type QrProblem } from '../../qr/read-qr.ts';
import type { Receive, ReceiveOutcome } from './receive.ts';

/** One line of what happened, for the page and for screen readers. */
interface Message {
  text: string;
  isRefused: boolean;
}

/** A participant who arrived while this panel was open. */
interface Arrival {
  number: number;
  role: ParticipantRole | null;
}

type CameraState = 'off' | 'starting' | 'on';

function describeParticipant(
  t: TFunction,
  language: Language,
  outcome: { number: number; role: ParticipantRole | null },
) {
  const role = outcome.role ? roleLabel(outcome.role, language) : t('collect.noRole');
  return t('collect.participant', { number: outcome.number, role });
}

/** What a received code did, in a sentence the advisor can act on. */
export function describeOutcome(t: TFunction, language: Language, outcome: ReceiveOutcome): Message {
  switch (outcome.kind) {
    case 'added': {
      const text = t('collect.outcome.added', {
        participant: describeParticipant(t, language, outcome),
        count: outcome.count,
      });
      return { text: outcome.migrated ? `${text} ${t('collect.outcome.migrated')}` : text, isRefused: false };
    }
    case 'updated':
      return {
        text: t('collect.outcome.updated', {
          participant: describeParticipant(t, language, outcome),
          count: outcome.count,
        }),
        isRefused: false,
      };
    case 'duplicate':
      return {
        text: t('collect.outcome.duplicate', { participant: describeParticipant(t, language, outcome) }),
        isRefused: false,
      };
    case 'other-workshop':
    case 'no-room':
    case 'invitation':
    case 'newer':
    case 'damaged':
    case 'not-a-code':
      return { text: t(`collect.outcome.${outcome.kind}`), isRefused: true };
  }
}

/**
 * Collecting the participants' answers on the advisor's device: live with the camera, from a photo of a QR
 * code, or from pasted links. Each code goes to `receive`; the panel says what happened and lists who
 * arrived while it was open (role and number, never a name).
 */
export function CollectPanel({ receive }: { receive: Receive }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const id = useId();
  const videoRef = useRef<HTMLVideoElement>(null);
  const cameraRef = useRef<QrCamera | null>(null);
  const [camera, setCamera] = useState<CameraState>('off');
  const [cameraProblem, setCameraProblem] = useState<QrProblem | null>(null);
  const [messages, setMessages] = useState<Message[]>([]);
  const [arrivals, setArrivals] = useState<Arrival[]>([]);
  const [pasted, setPasted] = useState('');
  const [isReadingPhoto, setIsReadingPhoto] = useState(false);

  function handleTexts(texts: string[]) {
    const outcomes = receive(texts);
    const arrived = outcomes.flatMap((outcome) =>
      outcome.kind === 'added' || outcome.kind === 'updated'
        ? [{ number: outcome.number, role: outcome.role }]
        : [],
    );
    if (arrived.length > 0)
      setArrivals((current) => [
        ...current.filter((arrival) => !arrived.some((added) => added.number === arrival.number)),
        ...arrived,
      ]);
    setMessages(
      outcomes.map((outcome, index) => {
        const message = describeOutcome(t, language, outcome);
        return texts.length > 1
          ? { ...message, text: t('collect.line', { line: index + 1, message: message.text }) }
          : message;
      }),
    );
  }

  // The camera's callback lives as long as the camera runs; it calls the latest `receive` through this ref.
  const handleRef = useRef(handleTexts);
  useLayoutEffect(() => {
    handleRef.current = handleTexts;
  });

  // The camera goes off when the panel goes (another page, the workshop closed), also one still starting.
  const isMountedRef = useRef(false);
  useEffect(() => {
    isMountedRef.current = true;
    return () => {
      isMountedRef.current = false;
      cameraRef.current?.stop();
      cameraRef.current = null;
    };
  }, []);

  async function toggleCamera() {
    if (cameraRef.current) {
      cameraRef.current.stop();
      cameraRef.current = null;
      setCamera('off');
      return;
    }
    const video = videoRef.current;
    if (!video || camera === 'starting') return;
    setCamera('starting');
    setCameraProblem(null);
    const result = await startQrCamera(video, (text) => handleRef.current([text]));
    if (!isMountedRef.current) {
      if (result.ok) result.value.stop();
      return;
    }
    if (!result.ok) {
      setCameraProblem(result.problem);
      setCamera('off');
      return;
    }
    cameraRef.current = result.value;
    setCamera('on');
  }

  async function readPhotos(files: FileList | null) {
    if (!files || files.length === 0) return;
    setIsReadingPhoto(true);
    const texts: string[] = [];
    const problems: Message[] = [];
    for (const file of files) {
      const result = await readQrFromImage(file);
      if (!result.ok) problems.push({ text: t(`collect.problem.${result.problem}`), isRefused: true });
      else if (result.value.length === 0) problems.push({ text: t('collect.photoNone'), isRefused: true });
      else texts.push(...result.value);
    }
    setIsReadingPhoto(false);
    if (texts.length > 0) handleTexts(texts);
    else setMessages(problems);
    if (texts.length > 0 && problems.length > 0) setMessages((current) => [...current, ...problems]);
  }

  function addPasted(event: FormEvent) {
    event.preventDefault();
    const lines = pasted
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (lines.length === 0) {
      setMessages([{ text: t('collect.pasteEmpty'), isRefused: true }]);
      return;
    }
    handleTexts(lines);
    setPasted('');
  }

  const cameraStatus =
    cameraProblem !== null
      ? t(`collect.problem.${cameraProblem}`)
      : camera === 'on'
        ? t('collect.cameraOn')
        : camera === 'starting'
          ? t('collect.cameraStarting')
          : t('collect.cameraOff');

  return (
    <section className="collect-panel" aria-labelledby={`${id}-title`} data-testid="collect-panel">
      <h2 id={`${id}-title`}>{t('collect.title')}</h2>
      <p>{t('collect.intro')}</p>

      <div className="collect-camera">
        <button
          type="button"
          className="button"
          aria-pressed={camera !== 'off'}
          onClick={() => void toggleCamera()}
        >
          {camera === 'off' ? t('collect.scan') : t('collect.stopScan')}
        </button>
        {/* The preview is for aiming the phone; what was read is said in the status line below. */}
        <video
          ref={videoRef}
          className="collect-preview"
          hidden={camera === 'off'}
          aria-hidden="true"
          muted
          playsInline
        />
        <p
          role="status"
          className={cameraProblem ? 'collect-status collect-refused' : 'collect-status'}
          data-testid="camera-status"
        >
          {cameraStatus}
        </p>
      </div>

      <div className="collect-photo form-row">
        <input
          id={`${id}-photo`}
          type="file"
          className="file-input"
          accept="image/*"
          multiple
          aria-describedby={`${id}-photo-hint`}
          onChange={(event) => {
            const input = event.currentTarget;
            void readPhotos(input.files).then(() => {
              // The same photo can be chosen again.
              input.value = '';
            });
          }}
        />
        <label htmlFor={`${id}-photo`} className="button button-secondary">
          {t('collect.photo')}
        </label>
        <p id={`${id}-photo-hint`} className="muted small">
          {isReadingPhoto ? t('collect.photoReading') : t('collect.photoHint')}
        </p>
      </div>

      <form className="collect-paste form-row" onSubmit={addPasted}>
        <label htmlFor={`${id}-paste`}>{t('collect.paste')}</label>
        <p id={`${id}-paste-hint`} className="muted small">
          {t('collect.pasteHint')}
        </p>
        <textarea
          id={`${id}-paste`}
          className="text-input collect-paste-input"
          rows={3}
          value={pasted}
          aria-describedby={`${id}-paste-hint`}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setPasted(event.target.value)}
        />
        <button type="submit" className="button button-secondary">
          {t('collect.pasteButton')}
        </button>
      </form>

      <div role="status" className="collect-messages" data-testid="collect-messages">
        {messages.map((message, index) => (
          <p
            key={index}
            className={message.isRefused ? 'collect-message collect-refused' : 'collect-message'}
          >
            {message.text}
          </p>
        ))}
      </div>

      <h3 id={`${id}-arrivals`}>{t('collect.arrivals')}</h3>
      {arrivals.length === 0 ? (
        <p className="muted">{t('collect.arrivalsNone')}</p>
      ) : (
        <ol className="collect-arrivals" aria-labelledby={`${id}-arrivals`} data-testid="collect-arrivals">
          {arrivals.map((arrival) => (
            <li key={arrival.number}>{describeParticipant(t, language, arrival)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
