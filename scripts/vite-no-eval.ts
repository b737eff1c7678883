/**
 * Removes the Function constructor from zod's optional JIT in our bundles. zod probes `new Function`
 * to speed up object parsing; an extension must not evaluate code from strings (store review and
 * strict CSPs), so the probe gets a function that always throws and zod stays on its interpreter.
 */
import type { Plugin } from 'vite';

const ZOD_CORE = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](util|doc|compile)\.js$/;
const FUNCTION_REF = /const F = Function;/g;
const NO_EVAL = "const F = function noEval() { throw new EvalError('no eval in ICE Context'); };";

export function noEval(): Plugin {
  return {
    name: 'ice-no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!ZOD_CORE.test(id) || !FUNCTION_REF.test(code)) return undefined;
      return { code: code.replace(FUNCTION_REF, NO_EVAL), map: null };
    },
  };
}
