using System;
using System.IO;
using DataGrip.Sample;

return Cli.Run(args, Console.Out, Console.Error);
