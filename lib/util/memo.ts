/** `compute` remembered by its text argument (responses repeat a few names); emptied at `limit` answers, so odd names cannot fill it. */
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
