def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Deploy with 1 test class(es) FeeCalculatorTest, not a quick deploy, because no validation record exists')
assert log.contains('[INFO] Dry run: would run 1 sf command(s) and change nothing:')
assert log.contains('[INFO]   sf project deploy start --source-dir force-app/main/default/classes/FeeCalculator.cls --test-level RunSpecifiedTests --tests FeeCalculatorTest --wait 33 --target-org prod --json')
assert !new File(basedir, 'target/fake-sf/calls.txt').exists()
def notes = ['git', '-C', basedir.path, 'notes', '--ref', 'refs/notes/hotfix-deploys', 'list'].execute().text
assert notes.trim().isEmpty()
