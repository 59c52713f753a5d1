import type { GraphQLFormattedError } from 'graphql';

interface ErrorMessages {
  vi?: string;
  en?: string;
}

/** The sentence(s) the server wrote for this locale, or null when the error carries none. */
export function localizedMessage(error: unknown, locale: string): string | null {
  const apollo = (error as { body?: unknown })?.body ?? error;
  const graphQLErrors = (apollo as { graphQLErrors?: readonly GraphQLFormattedError[] })?.graphQLErrors ?? [];
  const messages = graphQLErrors
    .map((e) => {
      const bilingual = e.extensions?.messages as ErrorMessages | undefined;
      return (locale === 'en' ? bilingual?.en : bilingual?.vi) ?? bilingual?.vi ?? bilingual?.en ?? null;
    })
    .filter((m): m is string => Boolean(m));
  return messages.length ? [...new Set(messages)].join('\n') : null;
}
