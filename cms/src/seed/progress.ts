/** Where seeding reports what it does; the CLI prints it, bootstrap sends it to Strapi's log. */
export type Log = (message: string) => void;

/** Reports "label: done/total" every `every` items and at the end. */
export const progress = (log: Log, label: string, total: number, every = 50) => {
  let done = 0;
  return () => {
    done += 1;
    if (done === total || done % every === 0) log(`${label}: ${done}/${total}`);
  };
};
