// Creates the hotfix history and the fake sf this project runs against.
def repository = ['bash', "${itLibrary}/make-repository.sh", samplesDirectory, basedir.path, 'valid'].execute()
repository.waitForProcessOutput(System.out, System.err)
assert repository.exitValue() == 0
def fake = ['bash', "${itLibrary}/install-fake-sf.sh", basedir.path, 'org display | 0 | org-display.json', 'data query | 0 | query-count-0.json'].execute()
fake.waitForProcessOutput(System.out, System.err)
assert fake.exitValue() == 0
