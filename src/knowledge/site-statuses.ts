import type { SiteData } from '../schemas/site.ts';

/** What each status of a model site means, said where it is shown so a site the speech only asks for is never read as one that exists. */
export const SITE_STATUS_NOTES: Readonly<Record<SiteData['status'], string>> = {
  已有: '讲话说它已经有了：实地参观过、作过经验介绍或已经建成。',
  部署要求: '讲话要求建设、开展或推广的，不是已有的示范；落实情况讲话没有说明。',
};
