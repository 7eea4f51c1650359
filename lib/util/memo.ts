/**
 * `compute` remembered by its text argument. Responses, digests and bodies repeat the same few
 * names, so most calls are hits; the memory is emptied when it holds `limit` answers, so odd
 * names cannot fill it.
 */
export function rememberedByText<T>(compute: (text: string) => T, limit = 512): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined) {
      if (known.size >= limit) known.clear();
      answer = compute(text);
      known.set(text, answer);
    }
    return answer;
  };
}
