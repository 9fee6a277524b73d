// comlink ships node-adapter.d.ts but no .d.mts for the .mjs path .
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import nodeEndpoint from 'comlink/dist/esm/node-adapter';
  export default nodeEndpoint;
}
