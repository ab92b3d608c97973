// The engine reads English only; it says so rather than summarise text it cannot read.
import { languageName } from '../language-name.ts';

export function LanguageView({ language }: { language: string }) {
  const name = languageName(language);
  return (
    <section class="state state-language">
      <p class="state-title">{name ? `Policies in ${name} aren't supported yet` : "This policy's language isn't supported yet"}</p>
      <p>PolicyLens reads English privacy policies for now. Look for an English version of this page.</p>
    </section>
  );
}
