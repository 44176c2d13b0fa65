import { useEffect, useEffectEvent, type RefObject } from 'react';

/**
 * Opens a native `<dialog>` as a modal for as long as the component is mounted: the browser gives the
 * focus trap, the inert page behind and Esc. Esc, a click on the backdrop or a native close ask the
 * parent to close (`onClose`); on unmount focus goes back to whatever had it when the dialog opened.
 */
export function useModalDialog(dialogRef: RefObject<HTMLDialogElement | null>, onClose: () => void): void {
  const requestClose = useEffectEvent(onClose);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement;
    // A text selection dragged out onto the backdrop also ends in a click on the dialog: only a press
    // that starts on the backdrop closes.
    let pressedBackdrop = false;
    const onPointerDown = (e: PointerEvent) => {
      pressedBackdrop = e.target === dialog;
    };
    const onClick = (e: MouseEvent) => {
      if (pressedBackdrop && e.target === dialog) requestClose();
      pressedBackdrop = false;
    };
    const onCancel = (e: Event) => {
      // Keep the dialog open until the parent unmounts it, so focus moves only once.
      e.preventDefault();
      requestClose();
    };
    // `close` is queued as a task: one from a previous run of this effect (Strict Mode) arrives after
    // the dialog has been reopened, and must not close it.
    const onNativeClose = () => {
      if (!dialog.open) requestClose();
    };

    dialog.addEventListener('pointerdown', onPointerDown);
    dialog.addEventListener('click', onClick);
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onNativeClose);
    if (!dialog.open) dialog.showModal();

    return () => {
      dialog.removeEventListener('pointerdown', onPointerDown);
      dialog.removeEventListener('click', onClick);
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [dialogRef]);
}

/** Scroll smoothly only for readers who have not asked for reduced motion. */
export function scrollBehavior(): ScrollBehavior {
  const reduce = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduce ? 'auto' : 'smooth';
}
