// A turn of the event loop.

/**
 * Resolves in the next turn of the event loop, after the input and output waiting meanwhile:
 * a long piece of work that awaits it now and then lets the messages that drive the browser
 * through (a part's PDF is made ready while the browser lays out the next parts, and a message
 * waiting out the whole of a part's 0.2 s kept its page idle as long).
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
