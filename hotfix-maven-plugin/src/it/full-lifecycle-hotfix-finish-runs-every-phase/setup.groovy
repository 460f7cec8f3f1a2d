// Creates the hotfix history and the fake sf that answers every Salesforce step of the lifecycle.
def repository = ['bash', "${itLibrary}/make-repository.sh", samplesDirectory, basedir.path, 'valid'].execute()
repository.waitForProcessOutput(System.out, System.err)
assert repository.exitValue() == 0
def fake = ['bash', "${itLibrary}/install-fake-sf.sh", basedir.path,
        'code-analyzer run | 0 | code-analyzer-clean.json',
        'project deploy validate | 0 | validate-succeeded.json',
        'project deploy quick | 0 | quick-deploy-succeeded.json',
        'org display | 0 | org-display.json',
        'data query | 0 | query-count-0.json'].execute()
fake.waitForProcessOutput(System.out, System.err)
assert fake.exitValue() == 0
