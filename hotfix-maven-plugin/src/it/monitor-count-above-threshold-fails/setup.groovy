// Creates the hotfix history and the fake sf this project runs against.
def repository = ['bash', "${itLibrary}/make-repository.sh", samplesDirectory, basedir.path, 'valid'].execute()
repository.waitForProcessOutput(System.out, System.err)
assert repository.exitValue() == 0
def fake = ['bash', "${itLibrary}/install-fake-sf.sh", basedir.path, 'data query | 0 | query-count-2.json', 'data query | 0 | query-count-7.json'].execute()
fake.waitForProcessOutput(System.out, System.err)
assert fake.exitValue() == 0
