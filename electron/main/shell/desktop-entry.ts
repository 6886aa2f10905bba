// Writing a command into a Desktop Entry file (the XDG autostart entry) by the rules of the
// Desktop Entry Specification, "The Exec key" and "Possible value types".

/** Characters the spec reserves in Exec; an argument holding any of them must be quoted. */
const RESERVED = /[\s"'\\<>~|&;$*?#()`]/

/** Inside double quotes, these four must be preceded by a backslash. */
const ESCAPED_IN_QUOTES = /(["`$\\])/g

/** One argument of an Exec line, before the value is escaped as a string. */
export function execArgument(argument: string): string {
  // A literal % would start a field code (%f, %u…); the spec writes it %%.
  const literal = argument.replace(/%/g, '%%')
  if (literal !== '' && !RESERVED.test(literal)) return literal
  return `"${literal.replace(ESCAPED_IN_QUOTES, '\\$1')}"`
}

/**
 * A string value's own escapes, applied on top of the quoting: so a backslash inside a quoted
 * argument ends up as four, as the spec's example says.
 */
export function escapeStringValue(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
    .replace(/\r/g, '\\r')
    .replace(/^ /, '\\s')
}

/** The value of an Exec key that runs exactly these arguments. */
export function execValue(command: readonly string[]): string {
  return escapeStringValue(command.map(execArgument).join(' '))
}
