import { render } from 'preact';

render(<main><h1>ICE Context</h1></main>, document.getElementById('app')!);
