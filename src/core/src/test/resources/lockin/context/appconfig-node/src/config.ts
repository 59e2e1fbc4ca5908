import { AppConfigurationClient } from '@azure/app-configuration';
export const client = new AppConfigurationClient(process.env.CONN!);
