// bottleneck/light is the build without Redis support that @octokit/plugin-throttling uses.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
