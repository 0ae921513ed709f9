/**
 * Two independent mappings of a failed INVITE's SIP status to the hangup webhook's cause: the sandbox's (what
 * sipgate's network would report) and the softphone's (what the SDK tells its app). They must always agree.
 */
import { expect } from 'chai';
import { causeOfStatus } from '../../../lib/sandbox/sip/calls';
import { callEnd } from '../../../lib/softphone/causes';
import { HangUpCause } from '../../../lib/webhook/types';

const softphoneCause = (status: number) =>
  callEnd({ originator: 'remote', cause: 'SIP Failure Code', statusCode: status, failed: true }).cause;

describe('SIP status → hangup cause, sandbox and softphone alike', () => {
  it('480 Temporarily Unavailable and 408 Request Timeout are noAnswer on both sides', () => {
    for (const status of [480, 408]) {
      expect(causeOfStatus(status), `sandbox ${status}`).to.equal(HangUpCause.NO_ANSWER);
      expect(softphoneCause(status), `softphone ${status}`).to.equal(HangUpCause.NO_ANSWER);
    }
  });

  it('a refusal (486, 600, 603, 403) is busy on both sides', () => {
    for (const status of [486, 600, 603, 403]) {
      expect(causeOfStatus(status), `sandbox ${status}`).to.equal(HangUpCause.BUSY);
      expect(softphoneCause(status), `softphone ${status}`).to.equal(HangUpCause.BUSY);
    }
  });

  it('every failure status from 300 to 699 gets the same cause from both', () => {
    const disagreements: string[] = [];
    for (let status = 300; status < 700; status += 1) {
      const sandbox = causeOfStatus(status);
      const softphone = softphoneCause(status);
      if (sandbox !== softphone) disagreements.push(`${status}: sandbox ${sandbox}, softphone ${softphone}`);
    }
    expect(disagreements).to.deep.equal([]);
  });
});
