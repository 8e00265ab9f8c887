/**
 * 网站设置 · Site settings
 *
 * 园区名称、联系方式、备案号等。留空('')的项目不会在网站上显示。
 * 只填写真实、有据可查的信息，切勿编造。
 *
 * The park's name, contact details, filing numbers. A field left empty ('') is not shown.
 * Fill in only real, verified details; never invent one.
 */
import { defineSite } from '@/lib/content/define';

export default defineSite({
  name: {
    zh: '西宁经济技术开发区生物科技产业园区',
    en: 'Biotechnology Industrial Park of the Xining Economic and Technological Development Zone',
  },
  shortName: {
    zh: '生物园区',
    en: 'Xining Biotechnology Industrial Park',
  },
  administrativeCommittee: {
    zh: '生物园区管委会',
    en: 'Park Administrative Committee',
  },
  // ICP备案号，例如 "青ICP备XXXXXXXX号"。 ICP filing number.
  icpFilingNumber: '',
  // 公安备案号。 Public security filing number.
  publicSecurityFilingNumber: '',
  // 管委会地址。 Postal address of the Administrative Committee.
  address: { zh: '', en: '' },
  // 联系电话。 Contact telephone, e.g. "+86 971 …".
  phone: '',
  // 电子邮箱。 Contact e-mail address.
  email: '',
  // 媒体联系人(姓名、电话、邮箱)。 Media contact for journalists.
  mediaContact: { name: { zh: '', en: '' }, phone: '', email: '' },
  // 数据使用许可,例如 "CC BY 4.0"。留空则不声明。 Licence of the open data, e.g. "CC BY 4.0".
  licence: '',
  // 许可说明网址。 Web address of the licence text.
  licenceUrl: '',
});
