import { Navigate, Route, Routes } from 'react-router-dom';
import { CoveragePage } from './acknowledgements/CoveragePage';
import { ChoosePasswordPage } from './auth/ChoosePasswordPage';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage';
import { PublicLayout } from './auth/PublicLayout';
import { SignInPage } from './auth/SignInPage';
import { StartTrustPage } from './auth/StartTrustPage';
import { AuditPage } from './audit/AuditPage';
import { CheckPage } from './checker/CheckPage';
import { WordsPage } from './checker/WordsPage';
import { OutboxPage } from './mail/OutboxPage';
import { PeoplePage } from './people/PeoplePage';
import { AskPage } from './policies/AskPage';
import { PoliciesPage } from './policies/PoliciesPage';
import { VersionPage } from './policies/VersionPage';
import { PersonPage } from './people/PersonPage';
import { TrustPeoplePage } from './people/TrustPeoplePage';
import { SchoolsPage } from './schools/SchoolsPage';
import { AppShell } from './shell/AppShell';
import { NotFoundPage, RequireSession, SchoolAllows, SchoolGate, TrustAllows } from './shell/gates';
import { HomePage } from './shell/HomePage';
import { StartRedirect } from './shell/StartRedirect';
import { TrainingPage } from './training/TrainingPage';

/** Every page of the app. School pages carry the school in the address, so links can be shared. */
export function App() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ChoosePasswordPage key="reset" purpose="reset" />} />
        <Route path="/accept-invitation" element={<ChoosePasswordPage key="invitation" purpose="invitation" />} />
        <Route path="/start" element={<StartTrustPage />} />
      </Route>
      <Route element={<RequireSession><AppShell /></RequireSession>}>
        <Route index element={<StartRedirect />} />
        <Route path="/schools/:schoolId" element={<SchoolGate />}>
          <Route index element={<HomePage />} />
          <Route path="ask" element={<SchoolAllows action="policy.ask"><AskPage /></SchoolAllows>} />
          <Route path="check" element={<SchoolAllows action="content.check"><CheckPage /></SchoolAllows>} />
          <Route path="check/words" element={<SchoolAllows action="content.check"><WordsPage /></SchoolAllows>} />
          <Route path="policies" element={<SchoolAllows action="policy.read"><PoliciesPage /></SchoolAllows>} />
          <Route path="policies/versions/:versionId" element={<SchoolAllows action="policy.read"><VersionPage /></SchoolAllows>} />
          <Route path="acknowledgements" element={<SchoolAllows action="acknowledgement.read"><CoveragePage /></SchoolAllows>} />
          <Route path="training" element={<SchoolAllows action="acknowledgement.read"><TrainingPage /></SchoolAllows>} />
          <Route path="people" element={<SchoolAllows action="people.read"><PeoplePage /></SchoolAllows>} />
          <Route path="people/:personId" element={<SchoolAllows action="people.read"><PersonPage /></SchoolAllows>} />
          <Route path="outbox" element={<SchoolAllows action="outbox.read"><OutboxPage /></SchoolAllows>} />
          <Route path="audit" element={<SchoolAllows action="audit.read"><AuditPage /></SchoolAllows>} />
        </Route>
        <Route path="/trust" element={<Navigate to="/trust/schools" replace />} />
        <Route path="/trust/schools" element={<TrustAllows action="school.create"><SchoolsPage /></TrustAllows>} />
        <Route path="/trust/policies" element={<TrustAllows action="policy.read"><PoliciesPage /></TrustAllows>} />
        <Route path="/trust/policies/versions/:versionId" element={<TrustAllows action="policy.read"><VersionPage /></TrustAllows>} />
        <Route path="/trust/people" element={<TrustAllows action="people.read"><TrustPeoplePage /></TrustAllows>} />
        <Route path="/trust/people/:personId" element={<TrustAllows action="people.read"><PersonPage /></TrustAllows>} />
        <Route path="/trust/outbox" element={<TrustAllows action="outbox.read"><OutboxPage /></TrustAllows>} />
        <Route path="/trust/audit" element={<TrustAllows action="audit.read"><AuditPage /></TrustAllows>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
