using System;
using DataGrip.Sample;

return Cli.Run(args, Console.Out, Console.Error, Screen.StandardOutput(), Screen.StandardError());
