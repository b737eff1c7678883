import { render } from 'preact';

render(<main><h1>ICE Context options</h1></main>, document.getElementById('app')!);
