def log = new File(basedir, 'build.log').text
def validate = log.indexOf(':validate (default-validate) @ payments ---')
def scan = log.indexOf(':scan (default-scan) @ payments ---')
def checkDeploy = log.indexOf(':check-deploy (default-check-deploy) @ payments ---')
assert validate >= 0
assert scan > validate
assert checkDeploy > scan
assert log.contains('[INFO] Code scan passed: 1 file(s), engines [pmd], 0 violation(s) below severity 1.')
assert log.contains('[INFO] Check-only deploy 0Af000000000VAL01 to org prod passed: 2 test(s) ran')

def calls = new File(basedir, 'target/fake-sf/calls.txt').readLines().findAll { it.startsWith('arg ') }
assert calls.take(4) == ['arg code-analyzer', 'arg run', 'arg --target', 'arg force-app/main/default/classes/FeeCalculator.cls']
assert new File(basedir, 'target/hotfix/scan.json').exists()
assert new File(basedir, 'target/hotfix/deploy.json').exists()
