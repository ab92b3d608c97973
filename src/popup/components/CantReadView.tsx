// chrome://, about:, the PDF viewer, the web store, or a page whose content script never answered.
import { OpenPasteButton } from './OpenPasteButton.tsx';

export function CantReadView() {
  return (
    <section class="state state-unsupported">
      <p class="state-title">PolicyLens can't read this page</p>
      <p>Browser pages, PDFs and some sites are out of its reach. You can copy the policy's text and paste it instead.</p>
      <OpenPasteButton />
    </section>
  );
}
