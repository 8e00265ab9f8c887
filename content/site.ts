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
  // 园区所在地（来源：报道原文“生物园区位于西宁市城北区”）。 Where the Park is, as the source says.
  location: {
    locality: { zh: '西宁市城北区', en: 'Chengbei District, Xining' },
    region: { zh: '青海省', en: 'Qinghai Province' },
    country: 'CN',
  },
  // 页首菜单：按顺序列出页面（content/zh/ 中的文件名，不含 .mdx；首页是 index）和菜单上的文字。
  // The header menu, in order: each page (its file name in content/zh/, without .mdx) and its words.
  menu: [
    { page: 'index', label: { zh: '首页', en: 'Home' } },
    { page: 'invest', label: { zh: '投资合作', en: 'Invest' } },
    { page: 'development-plan', label: { zh: '发展规划', en: 'Development Plan' } },
    { page: 'golden-altitude', label: { zh: '黄金海拔', en: 'Golden Altitude' } },
    { page: 'innovation', label: { zh: '创新高地', en: 'Innovation Highland' } },
    { page: 'digital-economy', label: { zh: '数字经济', en: 'Digital Economy' } },
    { page: 'statistics', label: { zh: '统计数据', en: 'Statistics' } },
    { page: 'about', label: { zh: '关于园区', en: 'About' } },
  ],
  // 页脚中的页面链接。 The footer's links to pages.
  footerLinks: [
    { page: 'news', label: { zh: '园区动态', en: 'News' } },
    { page: 'about', label: { zh: '关于园区', en: 'About the Park' } },
    { page: 'press', label: { zh: '媒体与引用', en: 'Press and citation' } },
    { page: 'accessibility', label: { zh: '无障碍', en: 'Accessibility' } },
  ],
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
  // 开放数据的整理者(例如园区的某个部门)，仅在确有其事时填写；数据的原始作者(报道的记者)已写在 content/figures/sources.ts 中。
  // Who compiled the open data (an office of the Park, say), only if one really did; the original
  // authors of the figures (the reporter) are in content/figures/sources.ts.
  datasetCreator: { name: { zh: '', en: '' }, url: '' },
});
