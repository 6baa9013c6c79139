/**
 * fetch, tried again (up to three times) when the connection itself fails: the CMS closes idle
 * keep-alive sockets, and undici may send on one it has just closed ("other side closed").
 */
export const fetchRetrying = async (url: string, init: RequestInit, attempts = 3): Promise<Response> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
};
