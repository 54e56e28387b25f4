/**
 * Reads the password from standard input: typed at a terminal without echo, or the first line of
 * what a script pipes in. Never from an argument, where it would stay in the shell history.
 */
async function firstLine(input: NodeJS.ReadStream): Promise<string> {
  let text = ''
  input.setEncoding('utf8')
  for await (const chunk of input) {
    text += chunk as string
    if (text.includes('\n')) break
  }
  return text.split(/\r?\n/)[0] ?? ''
}

function typedWithoutEcho(input: NodeJS.ReadStream, prompt: string): Promise<string> {
  process.stderr.write(prompt)
  input.setRawMode(true)
  input.setEncoding('utf8')
  input.resume()
  return new Promise((resolve, reject) => {
    let typed: string[] = []
    const finish = () => {
      input.off('data', onData)
      input.setRawMode(false)
      input.pause()
      process.stderr.write('\n')
    }
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish()
          return resolve(typed.join(''))
        }
        if (char === '\u0003') {
          finish()
          return reject(new Error('cancelled'))
        }
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : [...typed, char]
      }
    }
    input.on('data', onData)
  })
}

export function readPassword(prompt: string): Promise<string> {
  return process.stdin.isTTY ? typedWithoutEcho(process.stdin, prompt) : firstLine(process.stdin)
}
