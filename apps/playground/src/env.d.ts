// The examples module that `build/examples.ts` makes when the page is built (typed in `examples.ts`).
declare module "virtual:samverkan-examples" {
  export const examples: readonly unknown[];
  export const sharedFound: boolean;
}
