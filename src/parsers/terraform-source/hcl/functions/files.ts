import { EvalError } from '../eval-error.js';
import { isUnknown, unknown } from '../value.js';
import { mapArg, NotKnown, stringArg, type FunctionSpec } from './args.js';

export const fileFunctions: Record<string, FunctionSpec> = {
  file: {
    min: 1,
    max: 1,
    call: (args, context, name) => {
      const read = context.scope.readFile(stringArg(args, 0, context, name), context.location);
      return isUnknown(read) ? read : context.checkString(read.text);
    },
  },
  templatefile: {
    min: 2,
    max: 2,
    call: (args, context, name) => {
      const path = stringArg(args, 0, context, name);
      const vars = mapArg(args, 1, context, name);
      const read = context.scope.readFile(path, context.location);
      if (isUnknown(read)) return read;
      if (!context.scope.parseTemplate)
        throw new NotKnown(unknown(`templatefile(): templates are not read here`, context.location));
      const parsed = context.scope.parseTemplate(context.checkString(read.text), read.file);
      const error = parsed.errors[0];
      if (error) throw new EvalError(`templatefile(): ${error.message}`, context.location);
      return context.evalTemplate(parsed.template.parts, vars, context.location);
    },
  },
};
