export default {
  rest: {
    defaultLimit: 25,
    // The site build pages through collections; 100 keeps one response small enough to stream.
    maxLimit: 100,
    withCount: true,
  },
};
