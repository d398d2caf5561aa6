// The light build (no Redis clustering) that @octokit/plugin-throttling itself imports, typed as the full one.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
