// Creates the hotfix history, then tags it 20 days ago without merging it into develop.
def make = ['bash', "${itLibrary}/make-repository.sh", samplesDirectory, basedir.path, 'valid'].execute()
make.waitForProcessOutput(System.out, System.err)
assert make.exitValue() == 0
def tag = ['bash', 'tag-unfinished.sh'].execute(null, basedir)
tag.waitForProcessOutput(System.out, System.err)
assert tag.exitValue() == 0
