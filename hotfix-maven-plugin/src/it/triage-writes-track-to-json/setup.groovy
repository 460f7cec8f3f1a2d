// Creates the git history this project validates.
def process = ['bash', "${itLibrary}/make-repository.sh", samplesDirectory, basedir.path, 'valid'].execute()
process.waitForProcessOutput(System.out, System.err)
assert process.exitValue() == 0
