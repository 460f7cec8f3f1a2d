// Creates the hotfix history and the fake sf this project runs against.
def repository = ['bash', "${itLibrary}/make-repository.sh", samplesDirectory, basedir.path, 'valid'].execute()
repository.waitForProcessOutput(System.out, System.err)
assert repository.exitValue() == 0
def fake = ['bash', "${itLibrary}/install-fake-sf.sh", basedir.path, 'project deploy validate | 0 | validate-succeeded.json'].execute()
fake.waitForProcessOutput(System.out, System.err)
assert fake.exitValue() == 0
