// Files Vite emits into the package and gives the URL of (`?url`): the worker fetches the model file this way.
declare module '*.bin?url' {
  const url: string;
  export default url;
}
